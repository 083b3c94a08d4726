ArchiveIndex.terms("0639062f",{"عدم":"Pz","عده":"Pz","عديد":"Pz"},{});
