ArchiveIndex.terms("00340030",{"40":"a$fU%Q","401":"Q$l"},{});
