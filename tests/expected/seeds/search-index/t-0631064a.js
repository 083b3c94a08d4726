ArchiveIndex.terms("0631064a",{"ريف":"Pz"},{});
