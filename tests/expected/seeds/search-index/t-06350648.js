ArchiveIndex.terms("06350648",{"صواريخ":"Pz","صور":"Pz"},{});
