ArchiveIndex.terms("06440643",{"لكن":"Pz","لكنهما":"Pz"},{});
