ArchiveIndex.terms("0645062c",{"مجلس":"Pz"},{});
