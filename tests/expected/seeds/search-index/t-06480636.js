ArchiveIndex.terms("06480636",{"وضع":"P$^"},{});
