ArchiveIndex.terms("06450632",{"مزيد":"Pz","مزيدا":"Pz"},{});
