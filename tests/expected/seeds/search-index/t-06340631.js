ArchiveIndex.terms("06340631",{"شرقيه":[0,87]});
