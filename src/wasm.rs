//! The JavaScript face (issue 3).
