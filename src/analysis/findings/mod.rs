//! Stage 5, what to report: findings with stable codes ([`code`], [`finding`]), the
//! writer's switches ([`switches`]), the desk's source list ([`source_list`]) and the
//! settings that govern them ([`config`], read from `copydesk.json` with [`json_text`]).
//!
//! Depends on every earlier stage; nothing in them depends on it.

pub mod class_memo;
pub mod code;
pub mod config;
pub mod finding;
pub mod json_text;
pub mod source_list;
pub mod switches;
pub mod weight;
pub mod weight_rules;
pub mod weight_words;
