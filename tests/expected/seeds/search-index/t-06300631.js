ArchiveIndex.terms("06300631",{"ذريع":[0,41]},{});
