//! Cognitive complexity and nesting depth (G. Ann Campbell's white paper, SonarSource
//! v1.5): +1 per break in linear flow, + nesting for nested structures, one +1 per run of
//! like boolean operators, +1 for recursion. Part of the one pass in `pass.rs`.

use std::num::NonZeroU16;

use tree_sitter::Node;

use super::pass::{Frame, Pass, TOP};
use crate::lang::role;

impl<'a> Pass<'a> {
    /// Cognitive complexity and nesting depth (Campbell's white paper).
    pub(super) fn cognitive(
        &mut self,
        node: Node<'a>,
        r: u32,
        field: Option<NonZeroU16>,
        parent: &Frame,
        frame: &mut Frame,
    ) {
        // the `alternative` field, or (grammars without one, like Kotlin's) whatever follows
        // an `else` token inside the `if`
        let alternative = (field.is_some() && field == self.table.alternative_field)
            || (field.is_none() && parent.role & (role::IF | role::ELIF) != 0 && self.after_else);
        let mut add = 0u32;
        let mut structure_depth = None;
        if r & role::IF != 0 {
            let else_if = (parent.role & role::ELSE != 0 && parent.chain_nest != u16::MAX)
                || (parent.role & role::IF != 0 && alternative);
            let (level, depth) = if else_if {
                add += 1;
                (parent.chain_nest, parent.chain_depth)
            } else {
                add += 1 + u32::from(parent.nest);
                (parent.nest, parent.depth)
            };
            frame.chain_nest = level;
            frame.chain_depth = depth;
            frame.nest = level + 1;
            frame.depth = depth + 1;
            structure_depth = Some(frame.depth);
        } else if parent.role & (role::IF | role::ELIF) != 0
            && (alternative || r & (role::ELSE | role::ELIF) != 0)
        {
            // an else branch, else wrapper or elif of an if chain
            frame.chain_nest = parent.chain_nest;
            frame.chain_depth = parent.chain_depth;
            // `else if`, looking past a comment between the two words
            let wraps_if = r & role::ELSE != 0 && {
                let mut cursor = node.walk();
                let first = node
                    .named_children(&mut cursor)
                    .find(|c| self.table.role(c.kind_id()) & role::COMMENT == 0);
                first.is_some_and(|c| self.table.role(c.kind_id()) & role::IF != 0)
            };
            if !wraps_if {
                add += 1;
                frame.nest = parent.chain_nest + 1;
                frame.depth = parent.chain_depth + 1;
            }
        } else if r & role::ELSE != 0 {
            // `else` of a loop or try (Python): not part of an if chain
            frame.chain_nest = u16::MAX;
        } else if r & role::COGNITIVE != 0 {
            add += 1 + u32::from(parent.nest);
            frame.nest = parent.nest + 1;
            frame.depth = parent.depth + 1;
            structure_depth = Some(frame.depth);
        } else if r & role::NESTING != 0 {
            frame.depth = parent.depth + 1;
            structure_depth = Some(frame.depth);
        } else if r & role::CLOSURE != 0 {
            frame.nest = parent.nest + 1;
        } else if r & role::LOGICAL_EXPR != 0 {
            add += self.logical_sequence(node, frame);
        } else if r & role::JUMP != 0 {
            let mut cursor = node.walk();
            let labeled =
                node.named_children(&mut cursor).any(|c| self.table.role(c.kind_id()) & role::LABEL != 0);
            add += u32::from(labeled);
        } else if r & role::GOTO != 0 {
            add += 1;
        } else if r & role::CALL != 0
            && parent.func != TOP
            && !self.functions[parent.func as usize].recursive
            && self.is_recursive_call(node, parent.func)
        {
            self.functions[parent.func as usize].recursive = true;
            add += 1;
        }
        if let Some(depth) = structure_depth
            && let Some(f) = self.function(parent.func)
        {
            f.max_depth = f.max_depth.max(depth);
        }
        if add > 0 {
            match self.function(parent.func) {
                Some(f) => f.cognitive += add,
                None => self.top_cognitive += add,
            }
        }
    }

    /// +1 when a logical operator starts a new sequence: its nearest logical ancestor
    /// (looking through parentheses) uses a different operator, or there is none.
    pub(super) fn logical_sequence(&mut self, node: Node<'a>, frame: &mut Frame) -> u32 {
        // the `operator` field, or (Rust let chains, Bash lists) the first operator token
        let op = self.child(node, self.table.fields.operator).or_else(|| {
            let mut cursor = node.walk();
            node.children(&mut cursor).find(|c| self.table.role(c.kind_id()) & role::LOGICAL_OP != 0)
        });
        let Some(op) = op else { return 0 };
        if self.table.role(op.kind_id()) & role::LOGICAL_OP == 0 {
            return 0;
        }
        frame.logical_op = op.kind_id();
        let enclosing = self.stack.iter().rev().find(|f| f.role & role::PAREN == 0);
        match enclosing {
            Some(f) if f.role & role::LOGICAL_EXPR != 0 && f.logical_op == op.kind_id() => 0,
            _ => 1,
        }
    }

    /// A call of the enclosing function by its own name (`f()`, `self.f()`, `this.f()`).
    pub(super) fn is_recursive_call(&self, node: Node<'a>, func: u32) -> bool {
        let Some(f) = (func != TOP).then(|| &self.functions[func as usize]) else { return false };
        let fields = self.table.fields;
        let callee = self.child(node, fields.function).or_else(|| self.child(node, fields.name));
        let Some(callee) = callee else { return false };
        let name = f.name.as_bytes();
        let bytes = |n: Node| &self.src[n.byte_range()];
        if callee.named_child_count() == 0 {
            if self.child(node, fields.object).is_some_and(|o| !matches!(bytes(o), b"this" | b"self")) {
                return false;
            }
            return bytes(callee) == name;
        }
        if matches!(callee.kind(), "index_expression" | "generic_function" | "generic_expression") {
            return callee.named_child(0).is_some_and(|n| n.named_child_count() == 0 && bytes(n) == name);
        }
        let count = callee.named_child_count();
        let (Some(first), Some(last)) = (callee.named_child(0), callee.named_child(count as u32 - 1)) else {
            return false;
        };
        matches!(bytes(first), b"self" | b"this" | b"Self") && bytes(last) == name
    }
}
