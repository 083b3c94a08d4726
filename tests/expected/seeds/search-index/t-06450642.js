ArchiveIndex.terms("06450642",{"مقترحا":"Pz","مقتل":"Pz","مقرر":"Pz"},{});
