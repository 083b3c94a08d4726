ArchiveIndex.terms("0642062f",{"قد":"Pz"},{});
