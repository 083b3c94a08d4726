ArchiveIndex.terms("06480647",{"وهم":"Pz","وهو":"Pz","وهي":"Pz"},{});
