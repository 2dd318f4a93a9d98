//! Subject keys: what a claim counts ("soldiers") and what happened to it (killed = died =
//! dead), so the ledger knows which claims are about the same thing.
