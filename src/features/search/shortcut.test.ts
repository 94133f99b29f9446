import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { isSearchShortcut, isTypingTarget, type KeyLike } from './shortcut.ts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('isSearchShortcut', () => {
  test('"/" opens search, but not while typing in a field', () => {
    assert.equal(isSearchShortcut(key('/'), false), true);
    assert.equal(isSearchShortcut(key('/'), true), false);
  });

  test('Ctrl+K and Cmd+K open search, even in a field; either case of K', () => {
    for (const mods of [{ ctrlKey: true }, { metaKey: true }]) {
      assert.equal(isSearchShortcut(key('k', mods), false), true);
      assert.equal(isSearchShortcut(key('K', mods), true), true);
    }
  });

  test('other keys and combinations do not', () => {
    assert.equal(isSearchShortcut(key('k'), false), false);
    assert.equal(isSearchShortcut(key('/', { ctrlKey: true }), false), false);
    assert.equal(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), false), false);
    assert.equal(isSearchShortcut(key('/', { altKey: true }), false), false);
    assert.equal(isSearchShortcut(key('?'), false), false);
    assert.equal(isSearchShortcut(key('j', { metaKey: true }), false), false);
  });
});

describe('isTypingTarget', () => {
  test('text fields, text areas, selects and editable content', () => {
    for (const type of ['text', 'search', 'email', 'number', 'TEXT', undefined]) {
      assert.equal(isTypingTarget({ tagName: 'INPUT', type }), true, String(type));
    }
    assert.equal(isTypingTarget({ tagName: 'textarea' }), true);
    assert.equal(isTypingTarget({ tagName: 'SELECT' }), true);
    assert.equal(isTypingTarget({ tagName: 'DIV', isContentEditable: true }), true);
  });

  test('checkboxes, radios, buttons, links and the page itself are not', () => {
    for (const type of ['checkbox', 'radio', 'button', 'submit', 'range']) {
      assert.equal(isTypingTarget({ tagName: 'INPUT', type }), false, type);
    }
    assert.equal(isTypingTarget({ tagName: 'A' }), false);
    assert.equal(isTypingTarget({ tagName: 'BODY', isContentEditable: false }), false);
    assert.equal(isTypingTarget(null), false);
    assert.equal(isTypingTarget(undefined), false);
  });
});
