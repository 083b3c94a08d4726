ArchiveIndex.terms("06480635",{"وصول":"Pz"},{});
