ArchiveIndex.terms("06390631",{"عريض":[60,74]},{});
