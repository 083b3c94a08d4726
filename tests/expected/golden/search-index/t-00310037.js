ArchiveIndex.terms("00310037",{"17":"b$fZ$}"},{});
