ArchiveIndex.terms("062c0648",{"جود":"Pz","جوي":"P$^"},{});
