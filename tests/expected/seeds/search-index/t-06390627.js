ArchiveIndex.terms("06390627",{"عاصم":"P$^","عام":"Pz"},{});
