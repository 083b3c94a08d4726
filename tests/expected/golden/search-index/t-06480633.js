ArchiveIndex.terms("06480633",{"وسوم":"$`$n"},{});
