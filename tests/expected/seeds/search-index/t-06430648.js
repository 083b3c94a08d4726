ArchiveIndex.terms("06430648",{"كويت":[0,41]},{});
