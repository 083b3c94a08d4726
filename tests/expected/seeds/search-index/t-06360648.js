ArchiveIndex.terms("06360648",{"ضواحي":[0,41]},{});
