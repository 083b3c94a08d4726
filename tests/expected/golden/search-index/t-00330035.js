ArchiveIndex.terms("00330035",{"35":"{$fY$}"},{});
