//! Spelled-out numbers ("fourteen thousand", "two-thirds", "a dozen", "half a million").
