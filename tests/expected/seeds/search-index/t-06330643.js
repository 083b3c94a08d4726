ArchiveIndex.terms("06330643",{"سكان":"Pz"},{});
