ArchiveIndex.terms("063a0627",{"غار":"P$m","غالبا":"Pz","غالبي":"Pz"},{});
