ArchiveIndex.terms("00340031",{"41":"a$fZ$}"},{});
