ArchiveIndex.terms("06430648",{"كويت":"Pz"},{});
