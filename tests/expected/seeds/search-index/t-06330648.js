ArchiveIndex.terms("06330648",{"سوري":"Pz","سوريا":"P$g","سويد":"Pz"},{});
