ArchiveIndex.terms("06360648",{"ضواحي":"Pz"},{});
