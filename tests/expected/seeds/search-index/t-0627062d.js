ArchiveIndex.terms("0627062d",{"احتواء":"Pz","احد":"Pz","احياء":"Pz"},{});
