// Pre-class style library system: constructor functions, prototype chains, call/apply, mixins
function Item(title, year) {
  this.title = title;
  this.year = year;
  this.checkedOutBy = null;
  Item.count++;
}
Item.count = 0;
Item.prototype.kind = 'item';
Item.prototype.loanDays = function () { return 14; };
Item.prototype.describe = function () { return this.kind + ': "' + this.title + '" (' + this.year + ')'; };
Item.prototype.isAvailable = function () { return this.checkedOutBy === null; };

function Book(title, year, author, pages) {
  Item.call(this, title, year);
  this.author = author;
  this.pages = pages;
}
Book.prototype = Object.create(Item.prototype);
Book.prototype.constructor = Book;
Book.prototype.kind = 'book';
Book.prototype.describe = function () { return Item.prototype.describe.call(this) + ' by ' + this.author; };

function Dvd(title, year, minutes) {
  Item.apply(this, [title, year]);
  this.minutes = minutes;
}
Dvd.prototype = Object.create(Item.prototype);
Dvd.prototype.constructor = Dvd;
Dvd.prototype.kind = 'dvd';
Dvd.prototype.loanDays = function () { return 7; };

function ReferenceBook(title, year, author) { Book.call(this, title, year, author, 0); }
ReferenceBook.prototype = Object.create(Book.prototype);
ReferenceBook.prototype.constructor = ReferenceBook;
ReferenceBook.prototype.loanDays = function () { return 0; };

const Rateable = {
  rate: function (stars) { (this.ratings = this.ratings || []).push(stars); return this; },
  averageRating: function () { return this.ratings ? (this.ratings.reduce(function (a, b) { return a + b; }, 0) / this.ratings.length).toFixed(2) : 'n/a'; },
};
Object.assign(Book.prototype, Rateable);

function Library() { this.items = []; this.members = {}; this.day = 0; this.events = []; }
Library.prototype.addAll = function (list) { Array.prototype.push.apply(this.items, list); return this; };
Library.prototype.checkout = function (title, member) {
  const item = this.items.find(function (it) { return it.title === title; });
  if (!item) throw new Error('No such item: ' + title);
  if (!item.isAvailable()) throw new Error(title + ' is already checked out by ' + item.checkedOutBy);
  if (item.loanDays() === 0) throw new Error(title + ' is reference only');
  item.checkedOutBy = member;
  item.due = this.day + item.loanDays();
  this.events.push('day ' + this.day + ': ' + member + ' took ' + title + ' (due day ' + item.due + ')');
  return item.due;
};
Library.prototype.giveBack = function (title) {
  const item = this.items.find(function (it) { return it.title === title; });
  const late = Math.max(0, this.day - item.due);
  this.events.push('day ' + this.day + ': ' + item.checkedOutBy + ' returned ' + title + (late ? ' (' + late + ' days late, fine ' + (late * 0.25).toFixed(2) + ')' : ''));
  item.checkedOutBy = null;
  delete item.due;
  return late;
};
const lib = new Library().addAll([
  new Book('Dune', 1965, 'Herbert', 412),
  new Book('Neuromancer', 1984, 'Gibson', 271),
  new Dvd('Alien', 1979, 117),
  new ReferenceBook('Oxford Dictionary', 1884, 'Murray'),
]);
console.log('items created', Item.count);
for (const it of lib.items) console.log(it.describe().padEnd(42), 'loan', it.loanDays(), it instanceof Book, it instanceof Item, it.constructor.name);
const actions = [
  function () { return lib.checkout('Dune', 'ann'); },
  function () { return lib.checkout('Dune', 'bob'); },
  function () { return lib.checkout('Alien', 'bob'); },
  function () { return lib.checkout('Oxford Dictionary', 'cy'); },
  function () { return lib.checkout('Missing', 'cy'); },
  function () { lib.day = 10; return lib.giveBack('Alien'); },
  function () { lib.day = 20; return lib.giveBack('Dune'); },
  function () { return lib.checkout('Dune', 'bob'); },
];
actions.forEach(function (a, i) { try { console.log('action', i, '->', a()); } catch (e) { console.log('action', i, 'failed:', e.message); } });
console.log(lib.events.join('\n'));
lib.items[0].rate(5).rate(4);
lib.items[1].rate(3);
console.log(lib.items.map(function (it) { return it.title + '=' + (it.averageRating ? it.averageRating() : '-'); }).join(', '));
console.log(Object.keys(lib.items[0]), 'rate' in lib.items[2], Book.prototype.hasOwnProperty('rate'), Object.getPrototypeOf(ReferenceBook.prototype) === Book.prototype);
console.log(lib.items[3]);
