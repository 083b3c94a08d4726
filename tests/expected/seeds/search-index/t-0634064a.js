ArchiveIndex.terms("0634064a",{"شيك":"Pz"},{});
