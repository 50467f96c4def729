console.log('throwing null');
throw null;
