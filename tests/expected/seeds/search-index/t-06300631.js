ArchiveIndex.terms("06300631",{"ذريع":"Pz"},{});
