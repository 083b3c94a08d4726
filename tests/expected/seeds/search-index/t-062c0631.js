ArchiveIndex.terms("062c0631",{"جرح":"Pz","جرحوا":"Pz","جرحي":"Pz"},{});
