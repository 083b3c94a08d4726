ArchiveIndex.terms("062d062f",{"حده":"$^$|","حدها":"Q$|"},{});
