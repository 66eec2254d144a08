//! The one pass: a single iterative walk over a tree with one cursor computes lines,
//! functions, cyclomatic and cognitive complexity, nesting, Halstead, documentation and
//! imports together. Never recursive: 10,000 nested brackets must not overflow the stack.

use tree_sitter::{Node, Tree};

use super::halstead::Tally;
use super::loc::{LineMap, count_rows};
use super::shape::{count_parameters, is_default_case};
use super::{DocCoverage, FileMetrics, FunctionMetrics, Import, maintainability_index};
use crate::lang::{CaseCount, LangTable, role, text};

/// Options of the pass that come from configuration.
#[derive(Debug, Clone, Copy)]
pub struct MeasureOptions {
    /// Count Python docstrings (a string alone in a statement) as comment lines.
    pub docstrings_as_comments: bool,
}

impl Default for MeasureOptions {
    fn default() -> Self {
        Self { docstrings_as_comments: true }
    }
}

/// No enclosing function: the file's top level.
pub(super) const TOP: u32 = u32::MAX;

/// What the walk remembers about each ancestor of the current node.
#[derive(Clone, Copy)]
pub(super) struct Frame {
    pub(super) kind: u16,
    pub(super) role: u32,
    /// Innermost enclosing function (index into `Pass::functions`), or `TOP`.
    pub(super) func: u32,
    /// Cognitive nesting level for this node's children.
    pub(super) nest: u16,
    /// Nesting depth of control structures for this node's children.
    pub(super) depth: u16,
    /// For `if` nodes and their `else` wrappers: the level the `if` chain sits at.
    pub(super) chain_nest: u16,
    pub(super) chain_depth: u16,
    /// For logical expressions: the operator's kind id (0 when not logical).
    pub(super) logical_op: u16,
    /// A qualified-name scope was pushed for this node.
    pub(super) named: bool,
    /// Inside a string literal (outside any interpolation): already measured as one token.
    pub(super) in_string: bool,
}

pub(super) struct FunctionAcc {
    pub(super) name: String,
    pub(super) qualified_name: String,
    pub(super) start_row: usize,
    pub(super) end_row: usize,
    pub(super) parameters: u32,
    pub(super) uncounted_parameters: u32,
    pub(super) decisions: u32,
    pub(super) cognitive: u32,
    pub(super) max_depth: u16,
    pub(super) public: bool,
    pub(super) documented: bool,
    /// Calls itself (counted once, as the white paper's "each method in a recursion cycle").
    pub(super) recursive: bool,
}

pub(super) struct Pass<'a> {
    pub(super) table: &'a LangTable,
    pub(super) src: &'a [u8],
    pub(super) options: MeasureOptions,
    pub(super) lines: LineMap,
    pub(super) stack: Vec<Frame>,
    pub(super) scopes: Vec<String>,
    pub(super) functions: Vec<FunctionAcc>,
    pub(super) halstead: Tally,
    pub(super) top_decisions: u32,
    pub(super) top_cognitive: u32,
    pub(super) all_decisions: u32,
    pub(super) parse_errors: u32,
    /// The tree has error or missing nodes somewhere (else nothing needs checking).
    pub(super) has_errors: bool,
    /// The node being entered follows an `else` token among its siblings.
    pub(super) after_else: bool,
    pub(super) classes: u32,
    pub(super) docs: DocCoverage,
    pub(super) imports: Vec<Import>,
    pub(super) import_buf: Vec<String>,
    pub(super) separator: &'static str,
}

/// Measure one parsed file.
pub fn measure(table: &LangTable, tree: &Tree, src: &[u8], options: MeasureOptions) -> FileMetrics {
    run(table, tree, src, options).finish()
}

/// Each row's class, `C`ode, `#` comment or `.` blank: for explaining line counts.
pub fn line_classes(table: &LangTable, tree: &Tree, src: &[u8], options: MeasureOptions) -> String {
    run(table, tree, src, options).lines.classes()
}

fn run<'a>(table: &'a LangTable, tree: &'a Tree, src: &'a [u8], options: MeasureOptions) -> Pass<'a> {
    let separator = table.spec.scope_separator;
    let mut pass = Pass {
        table,
        src,
        options,
        lines: LineMap::new(count_rows(src)),
        stack: Vec::with_capacity(64),
        scopes: Vec::new(),
        functions: Vec::new(),
        halstead: Tally::with_capacity(src.len() / 4),
        top_decisions: 0,
        top_cognitive: 0,
        all_decisions: 0,
        parse_errors: 0,
        has_errors: false,
        after_else: false,
        classes: 0,
        docs: DocCoverage::default(),
        imports: Vec::new(),
        import_buf: Vec::new(),
        separator,
    };
    pass.walk(tree);
    pass
}

impl<'a> Pass<'a> {
    fn walk(&mut self, tree: &'a Tree) {
        self.has_errors = tree.root_node().has_error();
        let mut cursor = tree.walk();
        let mut node = cursor.node();
        self.enter(node, None);
        loop {
            // comments are leaves for us; strings are entered only where they can hold
            // interpolated code (f-strings, template literals)
            let r = self.stack.last().map_or(0, |f| f.role);
            let atomic = r & role::COMMENT != 0 || (r & role::STRING != 0 && !self.table.interpolates);
            if !atomic && cursor.goto_first_child() {
                self.after_else = false;
                node = cursor.node();
                let field = self.field(&cursor);
                self.enter(node, field);
                continue;
            }
            if r & (role::STRING | role::COMMENT) == 0 {
                self.leaf(node);
            }
            loop {
                self.exit();
                if cursor.goto_next_sibling() {
                    node = cursor.node();
                    let field = self.field(&cursor);
                    self.enter(node, field);
                    break;
                }
                if !cursor.goto_parent() {
                    return;
                }
            }
        }
    }

    /// The cursor's field, read only where the rules need it: under an `if`.
    #[inline]
    fn field(&self, cursor: &tree_sitter::TreeCursor) -> Option<std::num::NonZeroU16> {
        match self.stack.last() {
            Some(parent) if parent.role & (role::IF | role::ELIF) != 0 => cursor.field_id(),
            _ => None,
        }
    }

    fn enter(&mut self, node: Node<'a>, field: Option<std::num::NonZeroU16>) {
        let kind = node.kind_id();
        let r = self.table.role(kind);
        let parent = self.stack.last().copied().unwrap_or(Frame {
            kind: 0,
            role: 0,
            func: TOP,
            nest: 0,
            depth: 0,
            chain_nest: 0,
            chain_depth: 0,
            logical_op: 0,
            named: false,
            in_string: false,
        });
        let mut frame = Frame { kind, role: r, logical_op: 0, named: false, ..parent };
        if parent.in_string {
            if r & role::INTERPOLATION == 0 {
                self.stack.push(frame);
                return;
            }
            frame.in_string = false;
        }

        if self.has_errors && (node.is_error() || node.is_missing()) {
            self.parse_errors += 1;
        }
        // most nodes play no role: nothing to measure unless they branch off an `if`
        if r == 0 && parent.role & (role::IF | role::ELIF) == 0 {
            self.stack.push(frame);
            return;
        }
        if r & (role::STRING | role::COMMENT) != 0 {
            self.token(node, r, &parent);
            frame.in_string = r & role::STRING != 0;
        }
        if r & role::FUNCTION != 0 {
            self.start_function(node, &parent, &mut frame);
        } else if r & role::CLASS != 0 {
            self.start_class(node, &parent, &mut frame);
        } else if r & role::SCOPE != 0 {
            let name = node
                .child_by_field_name("name")
                .or_else(|| node.child_by_field_name("type"))
                .map(|n| text(n, self.src).into_owned());
            if let Some(name) = name {
                self.scopes.push(name);
                frame.named = true;
            }
        }
        if r & (role::BRANCH | role::CASE | role::BRANCH_TOKEN) != 0 {
            self.cyclomatic(node, r, &parent);
        }
        self.cognitive(node, r, field, &parent, &mut frame);
        if r & role::IMPORT != 0 {
            self.import(node, parent.func != TOP);
        }
        self.stack.push(frame);
    }

    fn exit(&mut self) {
        if let Some(frame) = self.stack.pop() {
            if frame.named {
                self.scopes.pop();
            }
            // the next sibling follows an `else` token (grammars without an `alternative` field)
            self.after_else = frame.kind == self.table.else_token;
        }
    }

    /// A node without children (outside any string literal): a token.
    #[inline]
    fn leaf(&mut self, node: Node<'a>) {
        if let Some(&frame) = self.stack.last()
            && !frame.in_string
        {
            self.token(node, frame.role, &frame);
        }
    }

    /// A leaf: lines and Halstead.
    fn token(&mut self, node: Node<'a>, r: u32, parent: &Frame) {
        let start = node.start_position().row;
        let end = end_row(node);
        if node.start_byte() == node.end_byte() {
            return;
        }
        if r & role::COMMENT != 0 {
            self.lines.comment(start, end);
            return;
        }
        let bytes = &self.src[node.start_byte().min(self.src.len())..node.end_byte().min(self.src.len())];
        if bytes.first().is_some_and(u8::is_ascii_whitespace) && bytes.iter().all(u8::is_ascii_whitespace) {
            // a newline token (C's `#if` line end can swallow the blank rows after it)
            return;
        }
        if r & role::STRING != 0
            && parent.role & role::DOCSTRING_STATEMENT != 0
            && self.options.docstrings_as_comments
        {
            // a string alone in a statement: a docstring, counted as comment
            self.lines.comment(start, end);
            return;
        }
        self.lines.code(start, end);
        if r & role::STRING != 0 || node.is_named() {
            self.halstead.operand(parent.func, bytes);
        } else {
            self.halstead.operator(parent.func, node.kind_id());
        }
    }

    pub(super) fn function(&mut self, index: u32) -> Option<&mut FunctionAcc> {
        if index == TOP { None } else { self.functions.get_mut(index as usize) }
    }

    fn start_function(&mut self, node: Node<'a>, parent: &Frame, frame: &mut Frame) {
        let hooks = &self.table.spec.hooks;
        let name = (hooks.function_name)(node, self.src).unwrap_or_else(|| "(anonymous)".into());
        let qualified_name = if self.scopes.is_empty() {
            name.clone()
        } else {
            format!("{}{}{}", self.scopes.join(self.separator), self.separator, name)
        };
        let top_level = parent.func == TOP;
        let public = top_level && (hooks.is_public)(node, self.src);
        let documented = public && (hooks.is_documented)(node, self.src);
        if public {
            self.docs.public += 1;
            self.docs.documented += u32::from(documented);
        }
        let index = self.functions.len() as u32;
        self.functions.push(FunctionAcc {
            name: name.clone(),
            qualified_name,
            start_row: node.start_position().row,
            end_row: end_row(node),
            parameters: count_parameters(node, self.src),
            uncounted_parameters: node
                .child_by_field_name("parameters")
                .map_or(0, |params| (hooks.uncounted_parameters)(params, self.src)),
            decisions: 0,
            cognitive: 0,
            max_depth: 0,
            public,
            documented,
            recursive: false,
        });
        self.scopes.push(name);
        frame.named = true;
        frame.func = index;
        frame.nest = 0;
        frame.depth = 0;
    }

    fn start_class(&mut self, node: Node<'a>, parent: &Frame, frame: &mut Frame) {
        if self.table.spec.kinds.class_needs_body && node.child_by_field_name("body").is_none() {
            return;
        }
        self.classes += 1;
        if parent.func == TOP && (self.table.spec.hooks.is_public)(node, self.src) {
            self.docs.public += 1;
            self.docs.documented += u32::from((self.table.spec.hooks.is_documented)(node, self.src));
        }
        let name = node.child_by_field_name("name").map(|n| text(n, self.src).into_owned());
        self.scopes.push(name.unwrap_or_else(|| "(anonymous)".into()));
        frame.named = true;
    }

    /// McCabe decision points.
    fn cyclomatic(&mut self, node: Node<'a>, r: u32, parent: &Frame) {
        let counts = if r & role::BRANCH != 0 {
            true
        } else if r & role::CASE != 0 {
            match self.table.spec.kinds.case_count {
                CaseCount::NonDefault => !is_default_case(node, self.src),
                CaseCount::AllButFirst => {
                    let mut prev = node.prev_named_sibling();
                    while let Some(p) = prev {
                        if self.table.role(p.kind_id()) & role::CASE != 0 {
                            break;
                        }
                        prev = p.prev_named_sibling();
                    }
                    prev.is_some()
                }
            }
        } else {
            self.table.branch_tokens.contains(&(node.kind_id(), parent.kind))
        };
        if counts {
            self.all_decisions += 1;
            match self.function(parent.func) {
                Some(f) => f.decisions += 1,
                None => self.top_decisions += 1,
            }
        }
    }

    /// A child by field id (0: the grammar has no such field).
    #[inline]
    pub(super) fn child(&self, node: Node<'a>, field: u16) -> Option<Node<'a>> {
        if field == 0 { None } else { node.child_by_field_id(field) }
    }

    /// Record an import; `in_function`: it runs when its function is called, not when the
    /// module loads.
    fn import(&mut self, node: Node<'a>, in_function: bool) {
        self.import_buf.clear();
        (self.table.spec.hooks.imports)(node, self.src, &mut self.import_buf);
        let line = node.start_position().row as u32 + 1;
        let deferred = in_function
            || (self.table.spec.lang == crate::lang::Lang::Python
                && crate::lang::python::under_type_checking(node, self.src));
        for module in self.import_buf.drain(..) {
            self.imports.push(Import { module, line, resolved: None, deferred });
        }
    }

    fn finish(self) -> FileMetrics {
        let lines = self.lines.summary();
        let (halstead, per_function) = self.halstead.finish(self.functions.len());
        let functions: Vec<FunctionMetrics> = self
            .functions
            .into_iter()
            .zip(per_function)
            .map(|(f, halstead)| {
                let code_lines = self.lines.code_rows(f.start_row, f.end_row);
                let cyclomatic = 1 + f.decisions;
                FunctionMetrics {
                    maintainability: maintainability_index(halstead.volume, cyclomatic, code_lines),
                    name: f.name,
                    qualified_name: f.qualified_name,
                    start_line: f.start_row as u32 + 1,
                    end_line: f.end_row as u32 + 1,
                    parameters: f.parameters,
                    uncounted_parameters: f.uncounted_parameters,
                    cyclomatic,
                    cognitive: f.cognitive,
                    nesting_depth: u32::from(f.max_depth),
                    lines: code_lines,
                    halstead,
                    public: f.public,
                    documented: f.documented,
                }
            })
            .collect();
        let cognitive = self.top_cognitive + functions.iter().map(|f| f.cognitive).sum::<u32>();
        let cyclomatic = 1 + self.all_decisions;
        FileMetrics {
            maintainability: maintainability_index(halstead.volume, cyclomatic, lines.code),
            lines,
            parse_errors: self.parse_errors,
            cyclomatic,
            cognitive,
            classes: self.classes,
            halstead,
            documentation: self.docs,
            imports: self.imports,
            functions,
        }
    }
}

/// The last row a node covers (a node ending at column 0 ends on the row before).
fn end_row(node: Node) -> usize {
    let end = node.end_position();
    let start = node.start_position().row;
    if end.column == 0 && end.row > start { end.row - 1 } else { end.row }
}
