ArchiveIndex.terms("064a062c",{"يجب":"Pz"},{});
