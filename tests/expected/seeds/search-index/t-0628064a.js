ArchiveIndex.terms("0628064a",{"بير":"Pz","بيضاء":"Pz","بين":"Pz"},{});
