ArchiveIndex.terms("06300631",{"ذريعه":[0,45]});
