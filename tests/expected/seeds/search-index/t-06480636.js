ArchiveIndex.terms("06480636",{"وضع":[0,58]},{});
