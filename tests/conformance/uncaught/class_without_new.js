// Calling a class without new, uncaught
class Widget { constructor() { this.id = 1; } }
console.log(new Widget().id);
Widget();
