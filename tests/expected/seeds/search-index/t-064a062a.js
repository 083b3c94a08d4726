ArchiveIndex.terms("064a062a",{"يتصاعد":"Pz","يتضمن":"Pz","يتوقف":"Pz"},{});
