ArchiveIndex.terms("0645062c",{"مجلس":[0,41]},{});
