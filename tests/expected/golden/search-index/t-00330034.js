ArchiveIndex.terms("00330034",{"34":"{$fU%Q"},{});
