ArchiveIndex.terms("06390631",{"عريض":[3,61]},{});
