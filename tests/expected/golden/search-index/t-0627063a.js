ArchiveIndex.terms("0627063a",{"اغسطس":[1,79,1,79,2,78]});
