// Messages of failed strict-mode writes and deletes name the receiver like V8:
// #<Constructor>, [object Object] for null-prototype objects.
'use strict';
function t(o){ try { o.x = 2; } catch (e) { console.log(e.message); } }
t(Object.freeze({x:1}));
t(Object.freeze([1]));
function F(){ this.x = 1; Object.freeze(this); }
t(new F());
class C { constructor(){ this.x=1; Object.freeze(this);} }
t(new C());
t(Object.freeze(function foo(){}));
var o = Object.create(null); o.x=1; Object.freeze(o); t(o);
t(Object.freeze(new Map()));
var p = Object.freeze({x:1}); t(Object.create(p));
t(Object.freeze(new Error('e')));
function g(o){ try { o.x = 2; } catch (e) { console.log(e.message); } }
function d(o){ try { delete o.x; } catch (e) { console.log(e.message); } }
class K2 { get x(){return 1;} }
g(new K2()); g({get x(){return 1}}); var n=Object.create(null); Object.defineProperty(n,'x',{get(){return 1}}); g(n);
d(Object.freeze({x:1})); d(Object.freeze(new K2())); var m=Object.create(null); m.x=1; Object.freeze(m); d(m);
d(Object.freeze([1]));
